// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rx(pi*-0.011932673689) q[0];
rx(pi*0.00258879911) q[1];
rx(pi*0.0010518163) q[2];
rx(pi*-0.004148077937) q[3];
rx(pi*0.00288183972) q[4];
rx(pi*0.001420856179) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.014768352417) q[0];
rx(pi*0.001823266379) q[1];
rx(pi*0.001160471892) q[2];
rx(pi*0.000936255666) q[3];
rx(pi*9.0471168e-05) q[4];
rx(pi*0.001740244155) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.015376878398) q[0];
rx(pi*-0.000545048762) q[1];
rx(pi*-0.001534631893) q[2];
rx(pi*0.001906187218) q[3];
rx(pi*0.000126441051) q[4];
rx(pi*-0.000930919136) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.015548100331) q[0];
rx(pi*-0.000845159352) q[1];
rx(pi*2.5917382e-05) q[2];
rx(pi*-0.000877271468) q[3];
rx(pi*0.004119132935) q[4];
rx(pi*0.003204502718) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.021662630343) q[0];
rx(pi*-0.006039407418) q[1];
rx(pi*-0.000556317314) q[2];
rx(pi*-0.001343873811) q[3];
rx(pi*0.000680046792) q[4];
rx(pi*0.000691757201) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
