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
rz(pi*-0.003762612179) q[0];
rz(pi*0.002355765299) q[1];
rz(pi*-0.000762370137) q[2];
rz(pi*0.001227717313) q[3];
rz(pi*-0.001370283727) q[4];
rz(pi*0.000971871664) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002390956485) q[0];
rz(pi*-8.4350761e-05) q[1];
rz(pi*0.001852088058) q[2];
rz(pi*0.000143455428) q[3];
rz(pi*-0.001455036325) q[4];
rz(pi*-0.003458940605) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000533631059) q[0];
rz(pi*0.001098025094) q[1];
rz(pi*-0.000822373749) q[2];
rz(pi*-0.00244880128) q[3];
rz(pi*0.001727086851) q[4];
rz(pi*0.007899580979) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000962746217) q[0];
rz(pi*0.001071876794) q[1];
rz(pi*0.001201270044) q[2];
rz(pi*-0.00816931179) q[3];
rz(pi*0.00039424736) q[4];
rz(pi*-0.002248919677) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004407617417) q[0];
rz(pi*-0.000808455978) q[1];
rz(pi*-0.002474975816) q[2];
rz(pi*-0.000695512027) q[3];
rz(pi*0.000530172757) q[4];
rz(pi*-0.001782235144) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
