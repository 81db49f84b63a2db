// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.018766126172) q[0];
ry(pi*0.005916260056) q[1];
ry(pi*0.002964917232) q[2];
ry(pi*0.005734473859) q[3];
ry(pi*0.014068088458) q[4];
ry(pi*0.476174378868) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.015489510115) q[0];
ry(pi*0.002392599851) q[1];
ry(pi*-0.017886729829) q[2];
ry(pi*0.005968344398) q[3];
ry(pi*-0.320121973316) q[4];
ry(pi*0.316889548346) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.04087390105) q[0];
ry(pi*0.000382904029) q[1];
ry(pi*-0.015346781691) q[2];
ry(pi*0.006294789495) q[3];
ry(pi*-0.138096227166) q[4];
ry(pi*0.009237300801) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001787385356) q[0];
ry(pi*0.369465916065) q[1];
ry(pi*-0.021499611752) q[2];
ry(pi*-0.016902435537) q[3];
ry(pi*-0.001937398277) q[4];
ry(pi*0.007621687736) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.132653885003) q[0];
ry(pi*-0.118464347244) q[1];
ry(pi*0.073263587759) q[2];
ry(pi*-0.512380908095) q[3];
ry(pi*-0.559552698906) q[4];
ry(pi*0.000414524114) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
