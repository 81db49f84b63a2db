// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.012693861512) q[0];
ry(pi*0.003323465996) q[1];
ry(pi*0.033000284276) q[2];
ry(pi*-0.012896254484) q[3];
ry(pi*-0.009915756772) q[4];
ry(pi*0.028590763952) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.016030380463) q[0];
ry(pi*0.03494514744) q[1];
ry(pi*0.002583066079) q[2];
ry(pi*0.494552824214) q[3];
ry(pi*0.006631124137) q[4];
ry(pi*-0.006102817305) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.058933931514) q[0];
ry(pi*-0.089141529309) q[1];
ry(pi*0.070998654341) q[2];
ry(pi*-0.082069798088) q[3];
ry(pi*-0.006011893376) q[4];
ry(pi*-0.024920832163) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008155519195) q[0];
ry(pi*-0.140279734293) q[1];
ry(pi*-0.003406166721) q[2];
ry(pi*0.142373841834) q[3];
ry(pi*-0.501820449055) q[4];
ry(pi*-0.028261949633) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00234357605) q[0];
ry(pi*0.008059091984) q[1];
ry(pi*-0.007358881979) q[2];
ry(pi*0.044650326872) q[3];
ry(pi*-0.001912395456) q[4];
ry(pi*0.000773844647) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
