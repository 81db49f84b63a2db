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
rz(pi*-0.000514262663) q[0];
rz(pi*0.003877176448) q[1];
rz(pi*0.000183321469) q[2];
rz(pi*-0.001584526366) q[3];
rz(pi*-0.004328373883) q[4];
rz(pi*-0.000280958323) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001858400943) q[0];
rz(pi*-0.003510062674) q[1];
rz(pi*-0.00038327963) q[2];
rz(pi*0.003364509089) q[3];
rz(pi*0.000295263794) q[4];
rz(pi*-0.003339260512) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001041749331) q[0];
rz(pi*-0.003495266598) q[1];
rz(pi*-0.005021885322) q[2];
rz(pi*0.001573270932) q[3];
rz(pi*-0.001751828796) q[4];
rz(pi*0.0035446076) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000990010351) q[0];
rz(pi*-0.002566911674) q[1];
rz(pi*0.000698084909) q[2];
rz(pi*0.0041237611) q[3];
rz(pi*-0.000600695905) q[4];
rz(pi*-0.003377683587) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002105497414) q[0];
rz(pi*-0.002588047315) q[1];
rz(pi*-0.003759202717) q[2];
rz(pi*-0.004114106046) q[3];
rz(pi*0.001344472342) q[4];
rz(pi*0.003531507807) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
