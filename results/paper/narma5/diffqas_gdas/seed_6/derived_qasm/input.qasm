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
ry(pi*-0.130744069248) q[0];
ry(pi*-0.102096557808) q[1];
ry(pi*-0.003549807616) q[2];
ry(pi*0.06356257996) q[3];
ry(pi*-0.019422719608) q[4];
ry(pi*0.001575356303) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.141456291296) q[0];
ry(pi*-0.06111835882) q[1];
ry(pi*0.036957577302) q[2];
ry(pi*-0.054535057273) q[3];
ry(pi*-0.011283777259) q[4];
ry(pi*0.00359709541) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.12194829393) q[0];
ry(pi*-0.100631671958) q[1];
ry(pi*-0.034497298102) q[2];
ry(pi*-0.030133224623) q[3];
ry(pi*0.012914757656) q[4];
ry(pi*0.000568923705) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.157803637596) q[0];
ry(pi*-0.124405720102) q[1];
ry(pi*-0.056076118704) q[2];
ry(pi*0.008726855033) q[3];
ry(pi*-0.035158571879) q[4];
ry(pi*-0.004861274788) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.059032362129) q[0];
ry(pi*-0.064832772216) q[1];
ry(pi*0.007713475518) q[2];
ry(pi*0.086145637584) q[3];
ry(pi*0.040028053269) q[4];
ry(pi*-0.006619062805) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
