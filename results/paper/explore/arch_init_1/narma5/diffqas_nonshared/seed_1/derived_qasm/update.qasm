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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001151900213) q[0];
rx(pi*0.002503761476) q[1];
rx(pi*0.002890870155) q[2];
rx(pi*0.005360213881) q[3];
rx(pi*-0.000593183772) q[4];
rx(pi*-0.001112231977) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001340863073) q[0];
rx(pi*0.000310612061) q[1];
rx(pi*0.000961385737) q[2];
rx(pi*0.004127054353) q[3];
rx(pi*-0.001366397872) q[4];
rx(pi*0.000689279924) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003123384142) q[0];
rx(pi*-0.000507524781) q[1];
rx(pi*-0.002143199822) q[2];
rx(pi*-0.002411345519) q[3];
rx(pi*-0.000699360752) q[4];
rx(pi*-0.001421432032) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001182778359) q[0];
rx(pi*0.002558672462) q[1];
rx(pi*-0.004750340835) q[2];
rx(pi*0.003193772147) q[3];
rx(pi*-0.00708671317) q[4];
rx(pi*0.000787629238) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002260929723) q[0];
rx(pi*-0.00207128288) q[1];
rx(pi*-0.000729243052) q[2];
rx(pi*-0.002488457287) q[3];
rx(pi*0.002848080976) q[4];
rx(pi*-0.010097323596) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
