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
rz(pi*0.004128209912) q[0];
rz(pi*-0.001100309902) q[1];
rz(pi*0.002720226001) q[2];
rz(pi*-0.001556436917) q[3];
rz(pi*0.005604378321) q[4];
rz(pi*0.000634130519) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001215951097) q[0];
rz(pi*0.008124617925) q[1];
rz(pi*-0.001032825988) q[2];
rz(pi*-0.003887274693) q[3];
rz(pi*0.000642699531) q[4];
rz(pi*-0.000123616484) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003394216558) q[0];
rz(pi*-0.002933651922) q[1];
rz(pi*0.002561493472) q[2];
rz(pi*0.002714382691) q[3];
rz(pi*-0.002125314598) q[4];
rz(pi*0.000519621723) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002644365545) q[0];
rz(pi*0.007466938891) q[1];
rz(pi*-0.002241345845) q[2];
rz(pi*-0.001442180807) q[3];
rz(pi*-0.003392667908) q[4];
rz(pi*-0.001101738269) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-1.8703473e-05) q[0];
rz(pi*0.002443948703) q[1];
rz(pi*-0.001943239363) q[2];
rz(pi*-0.000591336893) q[3];
rz(pi*-0.004508825761) q[4];
rz(pi*-0.002633703157) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
