// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.001894499116) q[0];
rz(pi*0.006200103626) q[1];
rz(pi*-0.004705881166) q[2];
rz(pi*0.000442133316) q[3];
rz(pi*-0.001281730206) q[4];
rz(pi*0.004871825117) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001555652216) q[0];
rz(pi*0.002354011209) q[1];
rz(pi*-0.002424881092) q[2];
rz(pi*0.005308455039) q[3];
rz(pi*0.008200229661) q[4];
rz(pi*-0.00346157841) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003536507719) q[0];
rz(pi*0.000172478303) q[1];
rz(pi*-0.002472841975) q[2];
rz(pi*-0.001131700462) q[3];
rz(pi*0.001333747996) q[4];
rz(pi*0.002362732448) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001216140825) q[0];
rz(pi*0.003188689822) q[1];
rz(pi*0.007152415202) q[2];
rz(pi*-0.000233112) q[3];
rz(pi*0.003404381504) q[4];
rz(pi*0.001898274989) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00106349084) q[0];
rz(pi*-0.003962324954) q[1];
rz(pi*0.001920731163) q[2];
rz(pi*-0.001470799566) q[3];
rz(pi*-0.000813281356) q[4];
rz(pi*0.002593102959) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
