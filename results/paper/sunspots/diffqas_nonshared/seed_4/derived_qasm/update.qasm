// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.138235523653) q[0];
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
ry(pi*-0.127215764277) q[0];
ry(pi*-0.289026835128) q[1];
ry(pi*0.096264022116) q[2];
ry(pi*-0.11783089463) q[3];
ry(pi*-0.136002119625) q[4];
ry(pi*0.074854424194) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.141774454789) q[0];
ry(pi*0.097804362583) q[1];
ry(pi*0.004716140086) q[2];
ry(pi*0.020859864929) q[3];
ry(pi*0.147568893203) q[4];
ry(pi*-0.110385789221) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001750890535) q[0];
ry(pi*-0.072198860874) q[1];
ry(pi*-0.20698220439) q[2];
ry(pi*-0.170462928391) q[3];
ry(pi*-0.223345724958) q[4];
ry(pi*0.069508349753) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.404620823832) q[0];
ry(pi*-0.270792165264) q[1];
ry(pi*-0.259247570829) q[2];
ry(pi*-0.130536137419) q[3];
ry(pi*-0.150935929818) q[4];
ry(pi*0.303165383628) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.075543893845) q[0];
ry(pi*0.293429537121) q[1];
ry(pi*0.214351238567) q[2];
ry(pi*0.281920023297) q[3];
ry(pi*0.134249673325) q[4];
ry(pi*0.003003993384) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
