// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*0.099242876313) q[0];
ry(pi*-0.167198989687) q[1];
ry(pi*-0.105156928415) q[2];
ry(pi*0.040312032614) q[3];
ry(pi*-0.064487904581) q[4];
ry(pi*-0.373506655978) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.326790211112) q[0];
ry(pi*0.069521991159) q[1];
ry(pi*0.175230248649) q[2];
ry(pi*-0.053830712987) q[3];
ry(pi*-0.25666097819) q[4];
ry(pi*-0.21853290805) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.167615403553) q[0];
ry(pi*0.073958972164) q[1];
ry(pi*0.028290143136) q[2];
ry(pi*0.011793799105) q[3];
ry(pi*-0.196587472301) q[4];
ry(pi*0.218903407867) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.151960742785) q[0];
ry(pi*0.12314437389) q[1];
ry(pi*-0.065475896188) q[2];
ry(pi*0.05363840996) q[3];
ry(pi*-0.093403975265) q[4];
ry(pi*0.07678951165) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.244624268625) q[0];
ry(pi*-0.20613199762) q[1];
ry(pi*0.113830623588) q[2];
ry(pi*0.351323795265) q[3];
ry(pi*-0.502343224145) q[4];
ry(pi*-0.00146417363) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
