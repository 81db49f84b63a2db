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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.034526482932) q[0];
ry(pi*-0.121763300154) q[1];
ry(pi*0.023256941163) q[2];
ry(pi*0.007356849523) q[3];
ry(pi*-0.102116327411) q[4];
ry(pi*-0.055364759245) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.045828743204) q[0];
ry(pi*0.174722006684) q[1];
ry(pi*0.098019124601) q[2];
ry(pi*0.430269284585) q[3];
ry(pi*0.050973241687) q[4];
ry(pi*0.076010604466) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.065661411715) q[0];
ry(pi*-0.018662304925) q[1];
ry(pi*0.089259881309) q[2];
ry(pi*0.072919085349) q[3];
ry(pi*0.083201816565) q[4];
ry(pi*-0.078114468742) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.190394748481) q[0];
ry(pi*-0.031788845877) q[1];
ry(pi*0.082994823888) q[2];
ry(pi*-0.032850733964) q[3];
ry(pi*0.09947592806) q[4];
ry(pi*-0.006650757373) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.032463308085) q[0];
ry(pi*-0.032062496932) q[1];
ry(pi*0.119786785703) q[2];
ry(pi*-0.011607864992) q[3];
ry(pi*0.023112224158) q[4];
ry(pi*-0.004144605331) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
