// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002957856109) q[0];
rx(pi*-0.153486578586) q[1];
rx(pi*-0.005551995158) q[2];
rx(pi*0.03942248348) q[3];
rx(pi*0.000605096916) q[4];
rx(pi*0.003205017947) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00374138286) q[0];
rx(pi*-0.276439839989) q[1];
rx(pi*0.029425806753) q[2];
rx(pi*0.033960637333) q[3];
rx(pi*0.002416888674) q[4];
rx(pi*0.002709048088) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.007654262758) q[0];
rx(pi*-0.131769773933) q[1];
rx(pi*-0.003324316806) q[2];
rx(pi*0.033757771228) q[3];
rx(pi*-0.000721293323) q[4];
rx(pi*-0.000419575534) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001025117642) q[0];
rx(pi*-0.308640785804) q[1];
rx(pi*0.033609131608) q[2];
rx(pi*0.03540335827) q[3];
rx(pi*-0.002997699175) q[4];
rx(pi*-0.001173260858) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003181723859) q[0];
rx(pi*-0.140035915513) q[1];
rx(pi*-0.005016560502) q[2];
rx(pi*0.040652138089) q[3];
rx(pi*-0.00108569933) q[4];
rx(pi*0.000539246325) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
