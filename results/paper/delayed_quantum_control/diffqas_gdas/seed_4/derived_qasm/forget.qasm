// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.316916735344) q[0];
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
rx(pi*-0.225245181593) q[0];
rx(pi*0.060095471587) q[1];
rx(pi*-0.05950392503) q[2];
rx(pi*-0.077682340697) q[3];
rx(pi*0.055116054982) q[4];
rx(pi*-0.004300658849) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.413392228655) q[0];
rx(pi*-0.133497147747) q[1];
rx(pi*-0.206694046298) q[2];
rx(pi*-0.070501084547) q[3];
rx(pi*0.049438683164) q[4];
rx(pi*-0.000106679527) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.159643529291) q[0];
rx(pi*0.018371124237) q[1];
rx(pi*-0.034331703961) q[2];
rx(pi*-0.08080820523) q[3];
rx(pi*0.057288870966) q[4];
rx(pi*0.002740121892) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.578525977837) q[0];
rx(pi*-0.118349343933) q[1];
rx(pi*-0.192792657144) q[2];
rx(pi*-0.071577176107) q[3];
rx(pi*0.057148354054) q[4];
rx(pi*0.00085119565) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.173231906053) q[0];
rx(pi*0.067543607893) q[1];
rx(pi*-0.058117301765) q[2];
rx(pi*-0.080310066253) q[3];
rx(pi*0.050258087678) q[4];
rx(pi*-0.008150437463) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
