// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.316916735344) q[0];
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
rx(pi*0.216349789864) q[0];
rx(pi*0.131373072752) q[1];
rx(pi*-0.049335461931) q[2];
rx(pi*0.075748244567) q[3];
rx(pi*0.081345788549) q[4];
rx(pi*-0.002094391687) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.069940724444) q[0];
rx(pi*0.093243978083) q[1];
rx(pi*-0.254798233822) q[2];
rx(pi*0.095167672404) q[3];
rx(pi*0.086136321965) q[4];
rx(pi*-0.005404152393) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.026094232575) q[0];
rx(pi*0.017216307631) q[1];
rx(pi*0.006108717237) q[2];
rx(pi*0.057652550081) q[3];
rx(pi*0.086168812795) q[4];
rx(pi*0.002610066967) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.192831835868) q[0];
rx(pi*0.009957296418) q[1];
rx(pi*-0.278453702293) q[2];
rx(pi*0.068788504733) q[3];
rx(pi*0.085118965288) q[4];
rx(pi*0.001297464247) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.124023058754) q[0];
rx(pi*0.020107559909) q[1];
rx(pi*-0.055769149133) q[2];
rx(pi*0.075056882385) q[3];
rx(pi*0.081977988962) q[4];
rx(pi*0.000139093002) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
