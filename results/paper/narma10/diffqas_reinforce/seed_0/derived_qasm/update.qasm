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
rz(pi*-0.001389260922) q[0];
rz(pi*-0.003723555889) q[1];
rz(pi*0.005536586915) q[2];
rz(pi*-0.001578473467) q[3];
rz(pi*0.001047126326) q[4];
rz(pi*-0.000823053284) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005040324461) q[0];
rz(pi*0.004202812535) q[1];
rz(pi*0.002015952419) q[2];
rz(pi*-0.007013962169) q[3];
rz(pi*0.000165577152) q[4];
rz(pi*0.002176264874) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003195682169) q[0];
rz(pi*-0.001966841313) q[1];
rz(pi*0.00579964169) q[2];
rz(pi*-0.004203081118) q[3];
rz(pi*-0.00210572568) q[4];
rz(pi*0.002976375586) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000156131076) q[0];
rz(pi*0.006373807432) q[1];
rz(pi*0.000600081366) q[2];
rz(pi*-0.002015489217) q[3];
rz(pi*-0.001201840635) q[4];
rz(pi*-0.003473244278) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004066963215) q[0];
rz(pi*0.002006664814) q[1];
rz(pi*0.001849887664) q[2];
rz(pi*0.004120708562) q[3];
rz(pi*-0.002401981726) q[4];
rz(pi*0.005376596256) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
