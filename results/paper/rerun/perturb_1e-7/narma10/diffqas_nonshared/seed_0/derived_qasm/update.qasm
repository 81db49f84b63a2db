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
rz(pi*0.004851296308) q[0];
rz(pi*-0.002938636715) q[1];
rz(pi*-0.001442851078) q[2];
rz(pi*-0.002491551624) q[3];
rz(pi*-0.004460114121) q[4];
rz(pi*0.001981695789) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003351461768) q[0];
rz(pi*-0.002177823456) q[1];
rz(pi*0.003000927211) q[2];
rz(pi*0.002754051149) q[3];
rz(pi*-0.001978135583) q[4];
rz(pi*-0.004163608316) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000331996515) q[0];
rz(pi*-0.005086205901) q[1];
rz(pi*-0.003216280941) q[2];
rz(pi*-0.001234248534) q[3];
rz(pi*-0.000503390463) q[4];
rz(pi*-0.001767339907) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000462756433) q[0];
rz(pi*0.004399181956) q[1];
rz(pi*0.001996116708) q[2];
rz(pi*0.004390167826) q[3];
rz(pi*0.00285221496) q[4];
rz(pi*0.000738423861) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003863840978) q[0];
rz(pi*-0.004252967586) q[1];
rz(pi*-6.5430939e-05) q[2];
rz(pi*-0.001300633288) q[3];
rz(pi*-0.002974691458) q[4];
rz(pi*0.001304113602) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
