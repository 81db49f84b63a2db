// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.023282706154) q[0];
ry(pi*0.032121917206) q[1];
ry(pi*-0.115199934221) q[2];
ry(pi*-0.104628850442) q[3];
ry(pi*0.004235305441) q[4];
ry(pi*0.038143651509) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000179012988) q[0];
ry(pi*0.262987782418) q[1];
ry(pi*-0.134503310503) q[2];
ry(pi*0.19710595955) q[3];
ry(pi*-0.003181618027) q[4];
ry(pi*-0.012220353905) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.087009590109) q[0];
ry(pi*-0.246912438915) q[1];
ry(pi*-0.149906098559) q[2];
ry(pi*-0.039486146535) q[3];
ry(pi*-0.007920180047) q[4];
ry(pi*-6.451994e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.025746054195) q[0];
ry(pi*0.142622621988) q[1];
ry(pi*0.164396164642) q[2];
ry(pi*-0.316744065317) q[3];
ry(pi*-0.524560729096) q[4];
ry(pi*0.004244899129) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003350146423) q[0];
ry(pi*0.001196054169) q[1];
ry(pi*0.003426585252) q[2];
ry(pi*0.004588727117) q[3];
ry(pi*-0.0430573228) q[4];
ry(pi*0.002922324896) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
