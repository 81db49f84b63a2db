// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*-0.136495314956) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.020176155878) q[0];
ry(pi*-0.086966199435) q[1];
ry(pi*-0.173399492333) q[2];
ry(pi*0.117227305121) q[3];
ry(pi*0.022546689238) q[4];
ry(pi*0.004446141285) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.041511627275) q[0];
ry(pi*-0.138074000592) q[1];
ry(pi*-0.026428342662) q[2];
ry(pi*-0.167062803304) q[3];
ry(pi*0.026339120944) q[4];
ry(pi*0.016171758264) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.047063304639) q[0];
ry(pi*-0.101778707365) q[1];
ry(pi*0.266692059624) q[2];
ry(pi*-0.076329944269) q[3];
ry(pi*0.127181964327) q[4];
ry(pi*-0.04673434091) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.029707450077) q[0];
ry(pi*-0.156524675188) q[1];
ry(pi*0.317351876262) q[2];
ry(pi*-0.278646351573) q[3];
ry(pi*0.009345775115) q[4];
ry(pi*-0.003610538195) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.213190144354) q[0];
ry(pi*-0.159813373328) q[1];
ry(pi*-0.098663088116) q[2];
ry(pi*0.179432522536) q[3];
ry(pi*-0.025465029856) q[4];
ry(pi*0.003535948616) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
