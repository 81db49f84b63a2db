// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.007757781034) q[0];
ry(pi*0.177712680903) q[1];
ry(pi*0.284606526425) q[2];
ry(pi*-0.095776043045) q[3];
ry(pi*-0.040709668203) q[4];
ry(pi*-0.280329670667) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.047162522624) q[0];
ry(pi*0.079280287169) q[1];
ry(pi*0.024241088416) q[2];
ry(pi*-0.014660052416) q[3];
ry(pi*-0.038404375008) q[4];
ry(pi*-0.16046825566) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.025550528172) q[0];
ry(pi*0.111631909803) q[1];
ry(pi*-0.043266601694) q[2];
ry(pi*-0.150741971418) q[3];
ry(pi*0.079289247049) q[4];
ry(pi*0.186623478504) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.120999087363) q[0];
ry(pi*0.074248320796) q[1];
ry(pi*-0.205453494217) q[2];
ry(pi*-0.254940927857) q[3];
ry(pi*-0.04537262412) q[4];
ry(pi*-0.045448614717) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.026723895382) q[0];
ry(pi*0.156578813924) q[1];
ry(pi*-0.287937211255) q[2];
ry(pi*-0.023141807415) q[3];
ry(pi*-0.053610818842) q[4];
ry(pi*0.003607698212) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
