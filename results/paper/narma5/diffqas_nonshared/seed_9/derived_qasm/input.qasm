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
rz(pi*0.001735558479) q[0];
rz(pi*-0.003323557006) q[1];
rz(pi*-0.005847569223) q[2];
rz(pi*-0.001890020954) q[3];
rz(pi*-0.004659784207) q[4];
rz(pi*0.001761139376) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*6.8980705e-05) q[0];
rz(pi*0.001621618532) q[1];
rz(pi*0.000290625902) q[2];
rz(pi*-0.001126368304) q[3];
rz(pi*8.953864e-05) q[4];
rz(pi*0.003350176661) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000582923555) q[0];
rz(pi*-0.002425671573) q[1];
rz(pi*-0.00308729264) q[2];
rz(pi*-0.000705776209) q[3];
rz(pi*-0.002386494332) q[4];
rz(pi*0.005986238664) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003751487034) q[0];
rz(pi*-0.003442838375) q[1];
rz(pi*-0.000973685488) q[2];
rz(pi*0.002069058029) q[3];
rz(pi*-0.00085338263) q[4];
rz(pi*-0.003049116211) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002568443723) q[0];
rz(pi*-0.00111660564) q[1];
rz(pi*0.003098309878) q[2];
rz(pi*-0.003113013164) q[3];
rz(pi*-0.00029070522) q[4];
rz(pi*-0.001951411282) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
