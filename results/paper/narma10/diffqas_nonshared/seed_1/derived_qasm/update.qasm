// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.000514236019) q[0];
rz(pi*0.003877139392) q[1];
rz(pi*0.000183260308) q[2];
rz(pi*-0.001584586545) q[3];
rz(pi*-0.004328384851) q[4];
rz(pi*-0.000280933385) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001858411764) q[0];
rz(pi*-0.003510051705) q[1];
rz(pi*-0.000383289376) q[2];
rz(pi*0.003364445649) q[3];
rz(pi*0.000295282155) q[4];
rz(pi*-0.003339266145) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001041754593) q[0];
rz(pi*-0.003495319366) q[1];
rz(pi*-0.005021842634) q[2];
rz(pi*0.001573289163) q[3];
rz(pi*-0.001751867928) q[4];
rz(pi*0.003544602561) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000990079943) q[0];
rz(pi*-0.002566828075) q[1];
rz(pi*0.000698064158) q[2];
rz(pi*0.004123713668) q[3];
rz(pi*-0.000600694683) q[4];
rz(pi*-0.003377678548) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002105460951) q[0];
rz(pi*-0.00258806362) q[1];
rz(pi*-0.00375920331) q[2];
rz(pi*-0.00411411405) q[3];
rz(pi*0.00134447412) q[4];
rz(pi*0.003531506622) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
