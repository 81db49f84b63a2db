// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.183920412167) q[0];
rx(pi*0.00240829061) q[1];
rx(pi*0.002258828788) q[2];
rx(pi*-0.00064842893) q[3];
rx(pi*-0.001417007231) q[4];
rx(pi*-0.002411434601) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.182528950851) q[0];
rx(pi*-0.000941362077) q[1];
rx(pi*0.002668800369) q[2];
rx(pi*-0.001657116988) q[3];
rx(pi*0.000396617879) q[4];
rx(pi*0.006872074475) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.179829261663) q[0];
rx(pi*-0.000395180508) q[1];
rx(pi*0.001999042661) q[2];
rx(pi*0.001457858373) q[3];
rx(pi*0.001969694044) q[4];
rx(pi*-0.004584922191) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.186478526711) q[0];
rx(pi*0.00173986559) q[1];
rx(pi*9.0025947e-05) q[2];
rx(pi*0.005594793526) q[3];
rx(pi*0.002757331953) q[4];
rx(pi*0.000622766214) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.179006432569) q[0];
rx(pi*0.004214723863) q[1];
rx(pi*0.000838791772) q[2];
rx(pi*0.000724531956) q[3];
rx(pi*0.002291175988) q[4];
rx(pi*-0.000627970675) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
