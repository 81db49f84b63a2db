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
rx(pi*-0.030967347246) q[0];
rx(pi*0.002576542418) q[1];
rx(pi*0.001051810816) q[2];
rx(pi*-0.004148065486) q[3];
rx(pi*0.002881848317) q[4];
rx(pi*0.001420854549) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.033898627278) q[0];
rx(pi*0.001811013986) q[1];
rx(pi*0.001160482342) q[2];
rx(pi*0.000936265226) q[3];
rx(pi*9.0485925e-05) q[4];
rx(pi*0.001740246082) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.034411489108) q[0];
rx(pi*-0.000557299673) q[1];
rx(pi*-0.001534624779) q[2];
rx(pi*0.001906195963) q[3];
rx(pi*0.000126450121) q[4];
rx(pi*-0.000930916616) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.034678392979) q[0];
rx(pi*-0.000857414487) q[1];
rx(pi*2.5918619e-05) q[2];
rx(pi*-0.000877267911) q[3];
rx(pi*0.004119136196) q[4];
rx(pi*0.003204506276) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.040697274255) q[0];
rx(pi*-0.006051662627) q[1];
rx(pi*-0.00055631435) q[2];
rx(pi*-0.001343872329) q[3];
rx(pi*0.000680047236) q[4];
rx(pi*0.000691757275) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
