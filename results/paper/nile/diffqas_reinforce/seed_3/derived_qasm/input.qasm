// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.019135219634) q[0];
ry(pi*0.029633774155) q[1];
ry(pi*-0.014786344511) q[2];
ry(pi*0.026546042473) q[3];
ry(pi*0.105393224502) q[4];
ry(pi*0.13733595122) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.024010994047) q[0];
ry(pi*-0.144396516979) q[1];
ry(pi*-0.009260391228) q[2];
ry(pi*-0.026266891693) q[3];
ry(pi*0.004373806499) q[4];
ry(pi*0.018322314472) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.061438936595) q[0];
ry(pi*0.001075165898) q[1];
ry(pi*0.138792602897) q[2];
ry(pi*-0.386230008255) q[3];
ry(pi*-0.171431809697) q[4];
ry(pi*0.366016177243) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.393376473129) q[0];
ry(pi*0.412111302567) q[1];
ry(pi*-0.216858031829) q[2];
ry(pi*-0.235423662304) q[3];
ry(pi*-0.2287818156) q[4];
ry(pi*0.205057988319) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.073178044383) q[0];
ry(pi*-0.305827411912) q[1];
ry(pi*-0.363046942228) q[2];
ry(pi*-0.010970217029) q[3];
ry(pi*-0.006142225481) q[4];
ry(pi*0.0005370204) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
