// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*0.000202189867) q[0];
rz(pi*0.003488102607) q[1];
rz(pi*0.002077800612) q[2];
rz(pi*0.002643888558) q[3];
rz(pi*0.002814219365) q[4];
rz(pi*0.001814510456) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002786399388) q[0];
rz(pi*0.000765872536) q[1];
rz(pi*-0.000668128719) q[2];
rz(pi*0.000973073172) q[3];
rz(pi*0.001741216212) q[4];
rz(pi*0.004075673485) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001356754528) q[0];
rz(pi*0.002543066191) q[1];
rz(pi*0.004721392276) q[2];
rz(pi*-0.002800866997) q[3];
rz(pi*-0.000660324843) q[4];
rz(pi*0.001899547942) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000259230395) q[0];
rz(pi*-0.003057647129) q[1];
rz(pi*0.003331066361) q[2];
rz(pi*-5.0996958e-05) q[3];
rz(pi*-0.003019180476) q[4];
rz(pi*0.006216886207) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003922514497) q[0];
rz(pi*0.000123018008) q[1];
rz(pi*-0.001975806085) q[2];
rz(pi*0.000512983596) q[3];
rz(pi*0.001961370047) q[4];
rz(pi*-0.002446601923) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
