// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*0.079868665278) q[0];
ry(pi*0.013431738943) q[1];
ry(pi*0.000539965882) q[2];
ry(pi*-0.00475589066) q[3];
ry(pi*0.086712135371) q[4];
ry(pi*0.640932657373) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.053084495848) q[0];
ry(pi*-0.015792803716) q[1];
ry(pi*-0.011548080678) q[2];
ry(pi*-0.009022387002) q[3];
ry(pi*-0.063057734117) q[4];
ry(pi*-0.000617641793) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00400388209) q[0];
ry(pi*-0.000357403544) q[1];
ry(pi*0.002542179808) q[2];
ry(pi*-0.004340066135) q[3];
ry(pi*-0.008985383029) q[4];
ry(pi*0.004896758272) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.10999251262) q[0];
ry(pi*-0.312940636532) q[1];
ry(pi*0.019535481763) q[2];
ry(pi*-0.0040909421) q[3];
ry(pi*0.003101179506) q[4];
ry(pi*0.000620628259) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.031760650002) q[0];
ry(pi*0.004235834009) q[1];
ry(pi*-0.166421657241) q[2];
ry(pi*0.005242450036) q[3];
ry(pi*-0.01739398267) q[4];
ry(pi*0.004156257266) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
