// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.456329757526) q[0];
ry(pi*0.693010041828) q[1];
ry(pi*0.860235915898) q[2];
ry(pi*1.627662007099) q[3];
ry(pi*0.162608780028) q[4];
ry(pi*0.145680772784) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.440919332939) q[0];
ry(pi*1.759391615725) q[1];
ry(pi*1.654424054305) q[2];
ry(pi*1.796586852779) q[3];
ry(pi*1.016567865915) q[4];
ry(pi*0.011572404926) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.214898345575) q[0];
ry(pi*0.559782724499) q[1];
ry(pi*0.264417037448) q[2];
ry(pi*0.600411194085) q[3];
ry(pi*1.4504433386) q[4];
ry(pi*1.177029424195) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.476753682629) q[0];
ry(pi*1.248407708989) q[1];
ry(pi*1.175672796844) q[2];
ry(pi*1.104631923396) q[3];
ry(pi*1.547848211007) q[4];
ry(pi*1.366675621889) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.337339200494) q[0];
ry(pi*0.686258172161) q[1];
ry(pi*0.43014751749) q[2];
ry(pi*1.555124335639) q[3];
ry(pi*1.268986841285) q[4];
ry(pi*1.522455996185) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
