// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.003685403472) q[0];
ry(pi*-0.134933546016) q[1];
ry(pi*-0.131602557622) q[2];
ry(pi*0.29696438769) q[3];
ry(pi*0.005276024685) q[4];
ry(pi*-0.0007467068) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.084263351285) q[0];
ry(pi*0.412069979923) q[1];
ry(pi*-0.018113889352) q[2];
ry(pi*-0.028058210782) q[3];
ry(pi*0.007523217397) q[4];
ry(pi*-5.7748912e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.093749838969) q[0];
ry(pi*0.092928214644) q[1];
ry(pi*0.103686587901) q[2];
ry(pi*-0.48545694746) q[3];
ry(pi*-0.002776046197) q[4];
ry(pi*2.1656477e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.079925887085) q[0];
ry(pi*0.224445821787) q[1];
ry(pi*-0.262974653277) q[2];
ry(pi*-0.083834311055) q[3];
ry(pi*0.000524478524) q[4];
ry(pi*0.002172366271) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.025201728436) q[0];
ry(pi*-0.067972742987) q[1];
ry(pi*-0.143011088997) q[2];
ry(pi*0.397457169649) q[3];
ry(pi*0.507878750958) q[4];
ry(pi*-0.002096916248) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
