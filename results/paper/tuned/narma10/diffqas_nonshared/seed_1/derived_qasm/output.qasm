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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004899658435) q[0];
rz(pi*0.000178773457) q[1];
rz(pi*0.000465994251) q[2];
rz(pi*-0.001934089015) q[3];
rz(pi*-0.001713528748) q[4];
rz(pi*0.000889816457) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002890816794) q[0];
rz(pi*0.001341413579) q[1];
rz(pi*-0.006552389012) q[2];
rz(pi*0.001552035684) q[3];
rz(pi*-3.0074684e-05) q[4];
rz(pi*-0.001943054379) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000409814352) q[0];
rz(pi*0.0028411328) q[1];
rz(pi*0.000406645866) q[2];
rz(pi*-0.002375273137) q[3];
rz(pi*0.010718052611) q[4];
rz(pi*-0.002081792004) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001437860504) q[0];
rz(pi*0.003993050726) q[1];
rz(pi*-0.002823329545) q[2];
rz(pi*0.001710017307) q[3];
rz(pi*-0.002783952793) q[4];
rz(pi*-0.000911350451) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002496430288) q[0];
rz(pi*0.005595594532) q[1];
rz(pi*-0.004480107247) q[2];
rz(pi*0.001596959) q[3];
rz(pi*5.4966014e-05) q[4];
rz(pi*-0.00642769715) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
