// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.151154827894) q[0];
rx(pi*0.039535753155) q[1];
rx(pi*0.021226093506) q[2];
rx(pi*-0.125936384468) q[3];
rx(pi*-0.196774088248) q[4];
rx(pi*0.071869512947) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.301743755643) q[0];
rx(pi*-0.210856648169) q[1];
rx(pi*0.067072832361) q[2];
rx(pi*0.047958344012) q[3];
rx(pi*-0.162029731768) q[4];
rx(pi*-0.008616464472) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.077638129452) q[0];
rx(pi*-0.008066906977) q[1];
rx(pi*-0.123113315502) q[2];
rx(pi*-0.19415173198) q[3];
rx(pi*0.05411821652) q[4];
rx(pi*-0.005678857621) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.210005113307) q[0];
rx(pi*0.020816097172) q[1];
rx(pi*-0.04657775408) q[2];
rx(pi*0.094688933062) q[3];
rx(pi*0.168153034304) q[4];
rx(pi*0.13585445473) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.083221472332) q[0];
rx(pi*0.007010558339) q[1];
rx(pi*0.032016307777) q[2];
rx(pi*-0.028349449574) q[3];
rx(pi*0.011548538395) q[4];
rx(pi*0.00070092845) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
