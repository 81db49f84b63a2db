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
ry(pi*-0.316916735344) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.734799e-06) q[0];
ry(pi*-0.017566392772) q[1];
ry(pi*-1.3662301e-05) q[2];
ry(pi*7.9556e-07) q[3];
ry(pi*-0.499991665905) q[4];
ry(pi*1.29885e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000772367811) q[0];
ry(pi*-1.866102e-05) q[1];
ry(pi*-8.8333334e-05) q[2];
ry(pi*0.501232635386) q[3];
ry(pi*0.493832315148) q[4];
ry(pi*-0.004008379224) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.499928221036) q[0];
ry(pi*0.548111183408) q[1];
ry(pi*2.1030751e-05) q[2];
ry(pi*-0.499994094416) q[3];
ry(pi*6.7890258e-05) q[4];
ry(pi*-0.499970909719) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000686428527) q[0];
ry(pi*-2.3074597e-05) q[1];
ry(pi*0.007170502753) q[2];
ry(pi*0.003332327159) q[3];
ry(pi*0.000199030812) q[4];
ry(pi*0.00015337535) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-3.311582e-06) q[0];
ry(pi*0.145030282643) q[1];
ry(pi*0.499941577851) q[2];
ry(pi*2.93365e-07) q[3];
ry(pi*3.825154e-05) q[4];
ry(pi*-0.004790067694) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
