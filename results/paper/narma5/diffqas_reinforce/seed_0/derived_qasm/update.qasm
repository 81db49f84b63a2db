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
rz(pi*0.004851413998) q[0];
rz(pi*-0.002938527918) q[1];
rz(pi*-0.001442891692) q[2];
rz(pi*-0.002491664274) q[3];
rz(pi*-0.004460104635) q[4];
rz(pi*0.001981763972) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003351336666) q[0];
rz(pi*-0.002177898902) q[1];
rz(pi*0.003000930471) q[2];
rz(pi*0.002754048185) q[3];
rz(pi*-0.001978075403) q[4];
rz(pi*-0.004163610984) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000331852108) q[0];
rz(pi*-0.005086171513) q[1];
rz(pi*-0.003216271751) q[2];
rz(pi*-0.001234312567) q[3];
rz(pi*-0.000503346885) q[4];
rz(pi*-0.001767352654) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00046263211) q[0];
rz(pi*0.004399197371) q[1];
rz(pi*0.001996212164) q[2];
rz(pi*0.004390215257) q[3];
rz(pi*0.002852156263) q[4];
rz(pi*0.00073843483) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003863775463) q[0];
rz(pi*-0.004252908) q[1];
rz(pi*-6.5529286e-05) q[2];
rz(pi*-0.001300636994) q[3];
rz(pi*-0.002974743336) q[4];
rz(pi*0.001304128572) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
