// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*-0.004371704378) q[0];
rx(pi*0.003032099435) q[1];
rx(pi*-0.000947835786) q[2];
rx(pi*-0.00624898276) q[3];
rx(pi*0.004640032094) q[4];
rx(pi*0.004087390046) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000199793965) q[0];
rx(pi*0.001450814593) q[1];
rx(pi*-0.001132483532) q[2];
rx(pi*0.00016215409) q[3];
rx(pi*0.000529257174) q[4];
rx(pi*-0.00073526312) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002755892692) q[0];
rx(pi*-8.3215926e-05) q[1];
rx(pi*-0.001664104888) q[2];
rx(pi*0.000942184279) q[3];
rx(pi*-0.001657067333) q[4];
rx(pi*0.000425961309) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000178349906) q[0];
rx(pi*-0.001000259118) q[1];
rx(pi*0.005095324678) q[2];
rx(pi*-0.002081378309) q[3];
rx(pi*-0.004657265871) q[4];
rx(pi*0.005074328961) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002017315492) q[0];
rx(pi*-0.003382071628) q[1];
rx(pi*-0.000794356188) q[2];
rx(pi*-0.002908543862) q[3];
rx(pi*0.002985253349) q[4];
rx(pi*0.002270634876) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
