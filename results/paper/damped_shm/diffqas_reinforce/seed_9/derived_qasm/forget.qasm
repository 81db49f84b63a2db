// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
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
rx(pi*-5.6115e-07) q[0];
rx(pi*0.102937401526) q[1];
rx(pi*-0.435947865915) q[2];
rx(pi*-0.027879231366) q[3];
rx(pi*-0.00066766322) q[4];
rx(pi*-0.006352159527) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.5174957332) q[0];
rx(pi*0.35314225724) q[1];
rx(pi*-0.018165069525) q[2];
rx(pi*-0.000186270416) q[3];
rx(pi*0.012087493682) q[4];
rx(pi*0.002099428062) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.461869458344) q[0];
rx(pi*-0.497178235095) q[1];
rx(pi*0.488030714521) q[2];
rx(pi*0.155109981743) q[3];
rx(pi*-0.001475178713) q[4];
rx(pi*0.00165379987) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.28268511832) q[0];
rx(pi*0.004883486243) q[1];
rx(pi*0.005395544695) q[2];
rx(pi*0.014729323104) q[3];
rx(pi*0.009685731772) q[4];
rx(pi*-0.00189179209) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*9.1781936e-05) q[0];
rx(pi*0.050965529265) q[1];
rx(pi*-0.437045401424) q[2];
rx(pi*-0.0227060034) q[3];
rx(pi*0.00214905158) q[4];
rx(pi*0.003031264931) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
