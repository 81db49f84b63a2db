// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.136495314956) q[0];
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
rx(pi*0.106750458981) q[0];
rx(pi*-0.085313929243) q[1];
rx(pi*-0.022591075981) q[2];
rx(pi*0.076288123589) q[3];
rx(pi*-0.05433807272) q[4];
rx(pi*0.047799404561) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.196285957395) q[0];
rx(pi*0.061452165343) q[1];
rx(pi*0.02590854155) q[2];
rx(pi*0.016285573405) q[3];
rx(pi*0.082266346267) q[4];
rx(pi*-0.040585050453) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000379702044) q[0];
rx(pi*-0.07566296681) q[1];
rx(pi*-0.014784325099) q[2];
rx(pi*-0.126026704234) q[3];
rx(pi*0.025389722278) q[4];
rx(pi*0.013144447669) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.118125797534) q[0];
rx(pi*-0.280244084602) q[1];
rx(pi*-0.101511817724) q[2];
rx(pi*0.067377710187) q[3];
rx(pi*-0.094235531823) q[4];
rx(pi*0.082546488374) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.09058778392) q[0];
rx(pi*-0.100242332203) q[1];
rx(pi*0.032680783205) q[2];
rx(pi*0.070495591936) q[3];
rx(pi*0.160954147729) q[4];
rx(pi*0.002585865745) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
