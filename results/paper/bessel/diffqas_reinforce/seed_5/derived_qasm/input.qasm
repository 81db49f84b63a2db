// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004104485084) q[0];
rz(pi*6.569268e-05) q[1];
rz(pi*-0.00012085959) q[2];
rz(pi*-0.000968799338) q[3];
rz(pi*-0.003335629899) q[4];
rz(pi*-0.001261350363) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003473902988) q[0];
rz(pi*-0.004314048569) q[1];
rz(pi*0.000715333286) q[2];
rz(pi*-0.003531379741) q[3];
rz(pi*0.003725072819) q[4];
rz(pi*0.002280959757) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.006359318182) q[0];
rz(pi*0.000866068061) q[1];
rz(pi*-0.003507096403) q[2];
rz(pi*0.000104880627) q[3];
rz(pi*0.000138743016) q[4];
rz(pi*-0.00632953749) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000743178461) q[0];
rz(pi*-0.000814523774) q[1];
rz(pi*0.003061955722) q[2];
rz(pi*-0.003761025583) q[3];
rz(pi*0.002348765985) q[4];
rz(pi*-0.00349848159) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001054927831) q[0];
rz(pi*-0.002675551406) q[1];
rz(pi*0.00461121338) q[2];
rz(pi*0.001808706129) q[3];
rz(pi*0.007740594689) q[4];
rz(pi*0.002043302376) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
