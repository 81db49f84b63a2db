// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006952974271) q[0];
ry(pi*0.003299874571) q[1];
ry(pi*0.013004935126) q[2];
ry(pi*-0.012279490774) q[3];
ry(pi*-0.002407380066) q[4];
ry(pi*0.027130566742) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.024222367058) q[0];
ry(pi*0.021643095528) q[1];
ry(pi*-0.016936252088) q[2];
ry(pi*-0.008077617686) q[3];
ry(pi*-0.011936400648) q[4];
ry(pi*-0.000505327092) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003550481445) q[0];
ry(pi*-0.037892023071) q[1];
ry(pi*-0.006539449006) q[2];
ry(pi*-0.404230023175) q[3];
ry(pi*0.002577972489) q[4];
ry(pi*0.174245164616) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.488095791046) q[0];
ry(pi*-0.497847517742) q[1];
ry(pi*-0.066281934401) q[2];
ry(pi*-0.06937067401) q[3];
ry(pi*0.205451407215) q[4];
ry(pi*0.135918506726) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.098913405063) q[0];
ry(pi*-0.033627215008) q[1];
ry(pi*0.451361629706) q[2];
ry(pi*0.086966721186) q[3];
ry(pi*-0.295619523442) q[4];
ry(pi*0.000252835931) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
