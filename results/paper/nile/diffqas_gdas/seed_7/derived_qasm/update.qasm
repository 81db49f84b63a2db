// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*-0.005817635563) q[0];
rx(pi*0.00240747656) q[1];
rx(pi*0.105413620205) q[2];
rx(pi*-0.017999308185) q[3];
rx(pi*-0.001849087548) q[4];
rx(pi*-0.000640338683) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.14807469717) q[0];
rx(pi*0.247733275872) q[1];
rx(pi*0.095336833423) q[2];
rx(pi*-0.016760651008) q[3];
rx(pi*0.00203466355) q[4];
rx(pi*-0.006340010446) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.012735180599) q[0];
rx(pi*-0.000205618821) q[1];
rx(pi*0.10900033278) q[2];
rx(pi*-0.012037263332) q[3];
rx(pi*-0.001049127951) q[4];
rx(pi*-0.001190659165) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.370299350926) q[0];
rx(pi*0.253092223322) q[1];
rx(pi*0.098188788397) q[2];
rx(pi*-0.015199888749) q[3];
rx(pi*0.001117059652) q[4];
rx(pi*-0.000388211544) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.007092748282) q[0];
rx(pi*0.000330073894) q[1];
rx(pi*0.104969325886) q[2];
rx(pi*-0.015644158167) q[3];
rx(pi*0.003710518054) q[4];
rx(pi*0.002074699902) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
