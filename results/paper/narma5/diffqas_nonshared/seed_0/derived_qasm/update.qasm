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
rz(pi*-0.001389238688) q[0];
rz(pi*-0.003723573083) q[1];
rz(pi*0.005536580986) q[2];
rz(pi*-0.001578510967) q[3];
rz(pi*0.001047100609) q[4];
rz(pi*-0.000823058472) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005040342841) q[0];
rz(pi*0.004202808088) q[1];
rz(pi*0.002016002371) q[2];
rz(pi*-0.007013954461) q[3];
rz(pi*0.000165587972) q[4];
rz(pi*0.002176246049) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003195679205) q[0];
rz(pi*-0.001966880889) q[1];
rz(pi*0.005799591887) q[2];
rz(pi*-0.004203058291) q[3];
rz(pi*-0.002105688328) q[4];
rz(pi*0.002976361949) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000156129668) q[0];
rz(pi*0.006373807432) q[1];
rz(pi*0.000600072917) q[2];
rz(pi*-0.002015492923) q[3];
rz(pi*-0.00120181514) q[4];
rz(pi*-0.00347322738) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004066989599) q[0];
rz(pi*0.002006647917) q[1];
rz(pi*0.001849916864) q[2];
rz(pi*0.004120710045) q[3];
rz(pi*-0.002401986321) q[4];
rz(pi*0.005376596256) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
