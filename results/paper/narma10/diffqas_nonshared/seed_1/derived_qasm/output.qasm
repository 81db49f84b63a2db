// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.098564240101) q[0];
rx(pi*0.002854880928) q[1];
rx(pi*0.00192690116) q[2];
rx(pi*0.005166109628) q[3];
rx(pi*0.003570072585) q[4];
rx(pi*0.002755146529) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.099231397801) q[0];
rx(pi*-0.000443324226) q[1];
rx(pi*-0.000840923612) q[2];
rx(pi*-0.003000274429) q[3];
rx(pi*0.00490440429) q[4];
rx(pi*-0.001135565566) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.096993780397) q[0];
rx(pi*-0.001953975567) q[1];
rx(pi*0.001426110593) q[2];
rx(pi*-0.003073361604) q[3];
rx(pi*0.009476172438) q[4];
rx(pi*-0.004733655786) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.098679281357) q[0];
rx(pi*-0.003440351462) q[1];
rx(pi*0.000583648669) q[2];
rx(pi*0.001547434644) q[3];
rx(pi*-0.002032082219) q[4];
rx(pi*0.000702074596) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.098354913776) q[0];
rx(pi*0.003367985549) q[1];
rx(pi*-0.000467458932) q[2];
rx(pi*0.000657453806) q[3];
rx(pi*-0.003736423562) q[4];
rx(pi*-0.004419430324) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
