// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.268824539546) q[0];
ry(pi*0.502112136078) q[1];
ry(pi*0.001133528441) q[2];
ry(pi*0.481395489307) q[3];
ry(pi*-0.000727270998) q[4];
ry(pi*-0.002190005294) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.030528659374) q[0];
ry(pi*-0.020870247765) q[1];
ry(pi*0.027027729707) q[2];
ry(pi*-0.065033764762) q[3];
ry(pi*-0.000760552903) q[4];
ry(pi*0.000151044768) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.499939718522) q[0];
ry(pi*0.003168752429) q[1];
ry(pi*-0.000125521058) q[2];
ry(pi*0.497297346005) q[3];
ry(pi*-0.027062402403) q[4];
ry(pi*-1.6534581e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.405423333114) q[0];
ry(pi*-0.455846787261) q[1];
ry(pi*0.491754913112) q[2];
ry(pi*-0.564404827346) q[3];
ry(pi*-0.243314503961) q[4];
ry(pi*-6.7106849e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.475783805884) q[0];
ry(pi*-0.030074762473) q[1];
ry(pi*0.14262912964) q[2];
ry(pi*0.038207380969) q[3];
ry(pi*0.263404158339) q[4];
ry(pi*-0.003585127164) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
