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
rz(pi*-0.002523039863) q[0];
rz(pi*0.000136545735) q[1];
rz(pi*0.004704189627) q[2];
rz(pi*-0.002256226853) q[3];
rz(pi*0.003608709993) q[4];
rz(pi*0.001063838871) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000238385923) q[0];
rz(pi*-0.000442426949) q[1];
rz(pi*0.005443782313) q[2];
rz(pi*-0.004714868615) q[3];
rz(pi*-0.003532320375) q[4];
rz(pi*0.002949581323) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003249107648) q[0];
rz(pi*-0.004060174232) q[1];
rz(pi*-0.002847446279) q[2];
rz(pi*-0.003592659345) q[3];
rz(pi*0.001836035928) q[4];
rz(pi*-0.00201270215) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004620548268) q[0];
rz(pi*0.002535908722) q[1];
rz(pi*0.000929222631) q[2];
rz(pi*0.000721580211) q[3];
rz(pi*0.001808458594) q[4];
rz(pi*0.002770791338) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000115976877) q[0];
rz(pi*0.00089477079) q[1];
rz(pi*0.002584766512) q[2];
rz(pi*-0.000147817344) q[3];
rz(pi*0.003258101916) q[4];
rz(pi*-0.000368124592) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
