// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*0.00155761634) q[0];
rz(pi*-0.001211911236) q[1];
rz(pi*0.003397663966) q[2];
rz(pi*-0.004547381053) q[3];
rz(pi*-0.001186465891) q[4];
rz(pi*0.002739869317) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00309534005) q[0];
rz(pi*0.002718029016) q[1];
rz(pi*3.1112784e-05) q[2];
rz(pi*-0.001369112457) q[3];
rz(pi*9.0372413e-05) q[4];
rz(pi*0.003952328095) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001590909806) q[0];
rz(pi*-0.000114213931) q[1];
rz(pi*-0.003579734457) q[2];
rz(pi*0.000329224011) q[3];
rz(pi*0.001611695785) q[4];
rz(pi*0.002701996452) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001252016215) q[0];
rz(pi*0.005125948472) q[1];
rz(pi*0.001176199707) q[2];
rz(pi*0.002030158709) q[3];
rz(pi*6.022562e-05) q[4];
rz(pi*0.002593549412) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000830264855) q[0];
rz(pi*0.003158677011) q[1];
rz(pi*-0.002243139956) q[2];
rz(pi*-0.002419324152) q[3];
rz(pi*0.003861144773) q[4];
rz(pi*-0.005457733804) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
