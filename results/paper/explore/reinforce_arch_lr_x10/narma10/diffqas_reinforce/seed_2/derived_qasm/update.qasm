// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.09667285637) q[0];
ry(pi*-0.465481224431) q[1];
ry(pi*0.026678133114) q[2];
ry(pi*-0.276670036337) q[3];
ry(pi*0.004385271374) q[4];
ry(pi*-0.003349305693) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.022414183568) q[0];
ry(pi*0.183337208876) q[1];
ry(pi*0.206693666843) q[2];
ry(pi*0.000766042475) q[3];
ry(pi*-0.015904310112) q[4];
ry(pi*-0.002420741031) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.279614701642) q[0];
ry(pi*0.061916566032) q[1];
ry(pi*-0.002929771106) q[2];
ry(pi*0.001634083628) q[3];
ry(pi*-0.000198335731) q[4];
ry(pi*0.004529038852) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.359198168577) q[0];
ry(pi*-0.001642818651) q[1];
ry(pi*-0.487221071486) q[2];
ry(pi*0.002886380729) q[3];
ry(pi*0.004368231475) q[4];
ry(pi*-0.001970293316) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000486837297) q[0];
ry(pi*-0.182794834937) q[1];
ry(pi*0.213567834842) q[2];
ry(pi*0.014776433622) q[3];
ry(pi*-0.001045474956) q[4];
ry(pi*0.000705005145) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
