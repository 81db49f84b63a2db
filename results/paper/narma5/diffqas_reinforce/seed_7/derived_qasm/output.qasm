// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.102597191701) q[0];
rx(pi*0.002960959042) q[1];
rx(pi*0.001662214876) q[2];
rx(pi*0.000948820368) q[3];
rx(pi*-0.000348900715) q[4];
rx(pi*-0.004720243536) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.099239129196) q[0];
rx(pi*0.006821582657) q[1];
rx(pi*-0.00161995649) q[2];
rx(pi*-0.002243980389) q[3];
rx(pi*0.000761614488) q[4];
rx(pi*0.000395776816) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.098187431845) q[0];
rx(pi*0.003714263393) q[1];
rx(pi*-0.002142571053) q[2];
rx(pi*0.00473930255) q[3];
rx(pi*-0.007485954921) q[4];
rx(pi*-0.001092834121) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.099737363036) q[0];
rx(pi*0.005718275283) q[1];
rx(pi*0.001274441855) q[2];
rx(pi*0.000266395461) q[3];
rx(pi*0.001040908008) q[4];
rx(pi*-0.002688998341) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.099796339823) q[0];
rx(pi*0.010063116918) q[1];
rx(pi*0.003556959452) q[2];
rx(pi*-0.002295467239) q[3];
rx(pi*-0.002943092643) q[4];
rx(pi*0.003436977871) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
