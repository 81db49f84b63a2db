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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001160120081) q[0];
rz(pi*0.002395907334) q[1];
rz(pi*0.001334822921) q[2];
rz(pi*-0.002801087259) q[3];
rz(pi*0.000238778385) q[4];
rz(pi*-0.000539928455) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.006434804223) q[0];
rz(pi*-0.000564209533) q[1];
rz(pi*-0.000926462022) q[2];
rz(pi*-0.001434428512) q[3];
rz(pi*-0.005382929003) q[4];
rz(pi*-0.001160716537) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000129877703) q[0];
rz(pi*0.000333576219) q[1];
rz(pi*-0.003715822715) q[2];
rz(pi*0.002069735564) q[3];
rz(pi*-0.00397782806) q[4];
rz(pi*-0.000732244156) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004270632104) q[0];
rz(pi*-0.002265594647) q[1];
rz(pi*-0.001671129993) q[2];
rz(pi*0.003512081196) q[3];
rz(pi*-0.001256414187) q[4];
rz(pi*-0.000971660443) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.0007237059) q[0];
rz(pi*0.003432713449) q[1];
rz(pi*-0.007208528882) q[2];
rz(pi*-0.002709361139) q[3];
rz(pi*-0.003294232253) q[4];
rz(pi*-0.003547288687) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
