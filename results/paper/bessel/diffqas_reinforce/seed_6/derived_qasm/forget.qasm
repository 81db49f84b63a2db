// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.174583619463) q[0];
ry(pi*0.009063926054) q[1];
ry(pi*0.200211096356) q[2];
ry(pi*0.093144665236) q[3];
ry(pi*-0.205781324325) q[4];
ry(pi*-0.003726485103) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.172546439652) q[0];
ry(pi*-0.03814048306) q[1];
ry(pi*-0.02890996383) q[2];
ry(pi*-0.156934135542) q[3];
ry(pi*-0.083334559395) q[4];
ry(pi*0.000147527528) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.152898186248) q[0];
ry(pi*0.083822823056) q[1];
ry(pi*-0.069765160123) q[2];
ry(pi*0.162990701439) q[3];
ry(pi*0.055225679518) q[4];
ry(pi*0.003259899288) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.053517776487) q[0];
ry(pi*0.098100650497) q[1];
ry(pi*-0.073373117431) q[2];
ry(pi*0.030997421423) q[3];
ry(pi*-0.022668835788) q[4];
ry(pi*-7.1742995e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.127596480919) q[0];
ry(pi*-0.039035463143) q[1];
ry(pi*0.178825489474) q[2];
ry(pi*0.04194677673) q[3];
ry(pi*0.256140214211) q[4];
ry(pi*0.000929542129) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
