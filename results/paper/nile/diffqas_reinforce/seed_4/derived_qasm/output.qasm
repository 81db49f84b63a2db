// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000481902492) q[0];
rz(pi*-0.00240607984) q[1];
rz(pi*0.002200452756) q[2];
rz(pi*0.001323392878) q[3];
rz(pi*0.003100851633) q[4];
rz(pi*4.524306e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003066172415) q[0];
rz(pi*-0.001484721561) q[1];
rz(pi*0.002561528453) q[2];
rz(pi*-0.003468292984) q[3];
rz(pi*-0.002886153648) q[4];
rz(pi*-0.000312215721) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002115333154) q[0];
rz(pi*-0.00311353699) q[1];
rz(pi*5.683019e-06) q[2];
rz(pi*0.002050664691) q[3];
rz(pi*0.00225527866) q[4];
rz(pi*-0.003721480744) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005996207657) q[0];
rz(pi*-0.001234844396) q[1];
rz(pi*0.001312434486) q[2];
rz(pi*0.00488836046) q[3];
rz(pi*-0.002468395533) q[4];
rz(pi*-0.006241799204) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003925846585) q[0];
rz(pi*-0.004675434649) q[1];
rz(pi*0.000473045925) q[2];
rz(pi*-0.002841372331) q[3];
rz(pi*0.006233357517) q[4];
rz(pi*0.001219330544) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
