// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.136495314956) q[0];
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
rz(pi*0.002119955686) q[0];
rz(pi*0.003296407004) q[1];
rz(pi*-0.003521355609) q[2];
rz(pi*0.004531705116) q[3];
rz(pi*-0.002867371518) q[4];
rz(pi*-0.004814974465) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003038903833) q[0];
rz(pi*0.000492539941) q[1];
rz(pi*-0.001024655033) q[2];
rz(pi*0.00140161811) q[3];
rz(pi*0.001577156195) q[4];
rz(pi*0.001012330603) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000810578332) q[0];
rz(pi*0.005774003579) q[1];
rz(pi*-0.007054188544) q[2];
rz(pi*-0.005520933212) q[3];
rz(pi*-0.001613833925) q[4];
rz(pi*-0.003995845352) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.008136148613) q[0];
rz(pi*-0.002531125514) q[1];
rz(pi*-0.002385276815) q[2];
rz(pi*-0.007794319582) q[3];
rz(pi*0.002733004147) q[4];
rz(pi*0.004134902549) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003928566803) q[0];
rz(pi*-0.001618436002) q[1];
rz(pi*0.000469683821) q[2];
rz(pi*-0.003567726486) q[3];
rz(pi*0.00065697304) q[4];
rz(pi*-0.002145992225) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
