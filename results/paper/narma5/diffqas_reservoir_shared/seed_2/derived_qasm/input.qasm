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
rz(pi*0.221118969452) q[0];
rz(pi*0.370686698543) q[1];
rz(pi*0.146972390015) q[2];
rz(pi*0.707192246621) q[3];
rz(pi*0.722957309808) q[4];
rz(pi*1.423455895151) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.464056750535) q[0];
rz(pi*0.183214644925) q[1];
rz(pi*0.257839489386) q[2];
rz(pi*1.713079138603) q[3];
rz(pi*1.121003279709) q[4];
rz(pi*0.188867461265) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.038250832672) q[0];
rz(pi*1.168735221922) q[1];
rz(pi*1.684387638847) q[2];
rz(pi*1.714085301359) q[3];
rz(pi*1.55345382315) q[4];
rz(pi*1.128984279863) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.976733140202) q[0];
rz(pi*1.299040053088) q[1];
rz(pi*1.760103625001) q[2];
rz(pi*0.662039459729) q[3];
rz(pi*0.345505043274) q[4];
rz(pi*0.306002871882) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.588986440378) q[0];
rz(pi*0.956043207059) q[1];
rz(pi*1.309060547728) q[2];
rz(pi*0.741326572344) q[3];
rz(pi*1.340147015371) q[4];
rz(pi*0.866645441306) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
