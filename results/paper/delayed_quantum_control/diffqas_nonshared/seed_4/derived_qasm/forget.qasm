// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
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
rz(pi*-0.00221328441) q[0];
rz(pi*-0.002724430244) q[1];
rz(pi*-0.002070144812) q[2];
rz(pi*0.001446423143) q[3];
rz(pi*-0.000828794912) q[4];
rz(pi*-0.003876152216) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003020187514) q[0];
rz(pi*9.3445127e-05) q[1];
rz(pi*0.000234562155) q[2];
rz(pi*0.001669362414) q[3];
rz(pi*0.00063677403) q[4];
rz(pi*0.005855270972) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000299426348) q[0];
rz(pi*0.003899009634) q[1];
rz(pi*0.006216179472) q[2];
rz(pi*-0.000374000622) q[3];
rz(pi*-0.000981228267) q[4];
rz(pi*-0.001704431167) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003465102598) q[0];
rz(pi*0.004181796363) q[1];
rz(pi*-0.006949704437) q[2];
rz(pi*-0.00607321804) q[3];
rz(pi*-0.003484937716) q[4];
rz(pi*-0.00025455441) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004156623084) q[0];
rz(pi*-0.002537722398) q[1];
rz(pi*0.006638696635) q[2];
rz(pi*0.003275267806) q[3];
rz(pi*0.003891398598) q[4];
rz(pi*-0.000740387096) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
