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
ry(pi*-0.119886667734) q[0];
ry(pi*0.009703215159) q[1];
ry(pi*0.002168343159) q[2];
ry(pi*0.00156146425) q[3];
ry(pi*0.000208662112) q[4];
ry(pi*0.001781733108) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.114942834517) q[0];
ry(pi*0.092577190352) q[1];
ry(pi*-0.004245388863) q[2];
ry(pi*-0.00455549961) q[3];
ry(pi*0.000759786656) q[4];
ry(pi*0.001865985448) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.124074617196) q[0];
ry(pi*0.042869388248) q[1];
ry(pi*-3.97597e-07) q[2];
ry(pi*-0.000152191582) q[3];
ry(pi*0.004349732454) q[4];
ry(pi*0.002313021625) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.093623328687) q[0];
ry(pi*0.078798478985) q[1];
ry(pi*-0.000568037544) q[2];
ry(pi*-0.002835730607) q[3];
ry(pi*0.001859114052) q[4];
ry(pi*0.00185427778) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.13131633475) q[0];
ry(pi*0.074803278409) q[1];
ry(pi*0.000799798254) q[2];
ry(pi*-0.007939190147) q[3];
ry(pi*0.002196726834) q[4];
ry(pi*0.001564075819) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
